package org.synthhealth.core.generate.people;

import java.util.List;
import java.util.SplittableRandom;
import org.synthhealth.core.model.Ethnicity;
import org.synthhealth.core.model.Race;
import org.synthhealth.core.model.Sex;

/**
 * Name tables. Invented combinations of common given names and surnames; the tables include apostrophes, hyphens
 * and accents on purpose, because exporters must carry them intact.
 */
final class Names {

    private static final List<String> MALE = List.of("James", "John", "Robert", "Michael", "William", "David",
            "Richard", "Joseph", "Thomas", "Charles", "Daniel", "Matthew", "Anthony", "Mark", "Steven", "Andrew",
            "Joshua", "Kevin", "Brian", "Ryan", "Jacob", "Gary", "Eric", "Jonathan", "Liam", "Noah", "Ethan",
            "Mason", "Logan", "Elijah", "Caleb", "Isaac", "Aaron", "Owen", "Dylan", "Nathan", "Samuel", "Henry");
    private static final List<String> FEMALE = List.of("Mary", "Patricia", "Jennifer", "Linda", "Elizabeth",
            "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Lisa", "Nancy", "Betty", "Margaret", "Sandra", "Ashley",
            "Emily", "Donna", "Michelle", "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Laura",
            "Olivia", "Emma", "Ava", "Sophia", "Isabella", "Mia", "Abigail", "Harper", "Chloe", "Grace", "Zoë",
            "Renée", "Mary-Kate", "Anne-Marie");
    private static final List<String> HISPANIC_MALE = List.of("José", "Juan", "Luis", "Carlos", "Jesús", "Miguel",
            "Andrés", "Ángel", "Rubén", "Héctor", "Mateo", "Santiago", "Diego", "Alejandro", "Joaquín", "Raúl");
    private static final List<String> HISPANIC_FEMALE = List.of("María", "Sofía", "Lucía", "Valentina", "Camila",
            "Ximena", "Inés", "Mónica", "Verónica", "Ana", "Isabel", "Gabriela", "Daniela", "Ramona", "Beatriz");
    private static final List<String> ASIAN_MALE = List.of("Wei", "Jun", "Hiroshi", "Minh", "Arjun", "Rahul",
            "Min-jun", "Kenji", "Tuan", "Vikram", "Jian", "Dae-ho");
    private static final List<String> ASIAN_FEMALE = List.of("Mei", "Yuki", "Priya", "Anh", "Ji-woo", "Lan",
            "Aiko", "Deepa", "Hana", "Linh", "Xiu", "Seo-yeon");
    private static final List<String> SURNAMES = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller",
            "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson",
            "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott",
            "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips",
            "Evans", "Turner", "Parker", "Collins", "Edwards", "Stewart", "Morris", "Murphy", "Cook", "Rogers",
            "O'Brien", "O'Connor", "O'Neil", "D'Angelo", "McDonald", "MacLeod", "Brontë", "Müller", "DuBois");
    private static final List<String> HISPANIC_SURNAMES = List.of("García", "Rodríguez", "Martínez", "Hernández",
            "López", "González", "Pérez", "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz",
            "Núñez", "Muñoz", "Jiménez", "Álvarez", "Castillo", "Ortiz");
    private static final List<String> ASIAN_SURNAMES = List.of("Nguyen", "Kim", "Chen", "Wang", "Li", "Patel",
            "Park", "Tran", "Singh", "Zhang", "Tanaka", "Le", "Choi", "Liu", "Yamamoto", "Shah");

    private Names() {
    }

    static String given(SplittableRandom random, Sex sex, Race race, Ethnicity ethnicity) {
        return pick(random, givenTable(random, sex, race, ethnicity));
    }

    /**
     * A middle name that is not {@code first}. It takes the draws a first name takes, so the patient's later draws
     * stay where they were; when the draw lands on {@code first}, the next name of the same table is taken instead,
     * which differs because no table repeats a name.
     */
    static String middle(SplittableRandom random, Sex sex, Race race, Ethnicity ethnicity, String first) {
        List<String> table = givenTable(random, sex, race, ethnicity);
        int index = random.nextInt(table.size());
        String name = table.get(index);
        return name.equals(first) ? table.get((index + 1) % table.size()) : name;
    }

    private static List<String> givenTable(SplittableRandom random, Sex sex, Race race, Ethnicity ethnicity) {
        if (ethnicity == Ethnicity.HISPANIC && random.nextDouble() < 0.75) {
            return sex == Sex.MALE ? HISPANIC_MALE : HISPANIC_FEMALE;
        }
        if (race == Race.ASIAN && random.nextDouble() < 0.6) {
            return sex == Sex.MALE ? ASIAN_MALE : ASIAN_FEMALE;
        }
        return sex == Sex.MALE ? MALE : FEMALE;
    }

    static String family(SplittableRandom random, Race race, Ethnicity ethnicity) {
        List<String> table = SURNAMES;
        if (ethnicity == Ethnicity.HISPANIC && random.nextDouble() < 0.8) {
            table = HISPANIC_SURNAMES;
        } else if (race == Race.ASIAN && random.nextDouble() < 0.8) {
            table = ASIAN_SURNAMES;
        }
        String name = pick(random, table);
        if (random.nextDouble() < 0.06) {
            String second = pick(random, table);
            if (!second.equals(name)) {
                name = name + "-" + second;
            }
        }
        return name;
    }

    static String pick(SplittableRandom random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
