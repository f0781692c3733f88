package org.synthhealth.core.generate.people;

import java.util.List;
import java.util.SplittableRandom;
import org.synthhealth.core.model.Address;

/** Street names and a table of US cities with their USPS state code, ZIP code and telephone area code. */
final class Places {

    private record City(String name, String state, String zip, String areaCode) {
    }

    private static final List<City> CITIES = List.of(
            new City("Boston", "MA", "02118", "617"), new City("Springfield", "IL", "62701", "217"),
            new City("Columbus", "OH", "43215", "614"), new City("Austin", "TX", "78701", "512"),
            new City("San Antonio", "TX", "78205", "210"), new City("El Paso", "TX", "79901", "915"),
            new City("Phoenix", "AZ", "85004", "602"), new City("Tucson", "AZ", "85701", "520"),
            new City("Los Angeles", "CA", "90012", "213"), new City("San Diego", "CA", "92101", "619"),
            new City("Fresno", "CA", "93721", "559"), new City("Sacramento", "CA", "95814", "916"),
            new City("Miami", "FL", "33130", "305"), new City("Tampa", "FL", "33602", "813"),
            new City("Atlanta", "GA", "30303", "404"), new City("Charlotte", "NC", "28202", "704"),
            new City("Nashville", "TN", "37203", "615"), new City("Louisville", "KY", "40202", "502"),
            new City("Detroit", "MI", "48226", "313"), new City("Chicago", "IL", "60602", "312"),
            new City("Milwaukee", "WI", "53202", "414"), new City("Minneapolis", "MN", "55401", "612"),
            new City("Denver", "CO", "80202", "303"), new City("Albuquerque", "NM", "87102", "505"),
            new City("Seattle", "WA", "98101", "206"), new City("Portland", "OR", "97204", "503"),
            new City("Salt Lake City", "UT", "84111", "801"), new City("Las Vegas", "NV", "89101", "702"),
            new City("New York", "NY", "10007", "212"), new City("Buffalo", "NY", "14202", "716"),
            new City("Philadelphia", "PA", "19107", "215"), new City("Pittsburgh", "PA", "15222", "412"),
            new City("Baltimore", "MD", "21202", "410"), new City("Richmond", "VA", "23219", "804"),
            new City("Newark", "NJ", "07102", "973"), new City("Hartford", "CT", "06103", "860"),
            new City("Honolulu", "HI", "96813", "808"), new City("Anchorage", "AK", "99501", "907"),
            new City("Coeur d'Alene", "ID", "83814", "208"), new City("Winston-Salem", "NC", "27101", "336"),
            new City("Española", "NM", "87532", "505"), new City("Kansas City", "MO", "64106", "816"));

    private static final List<String> STREETS = List.of("Main", "Oak", "Maple", "Cedar", "Elm", "Washington",
            "Lake", "Hill", "Park", "Pine", "Sunset", "Lincoln", "Jackson", "Church", "River", "Highland",
            "Mill", "Spring", "Ridge", "Walnut", "Chestnut", "Willow", "Meadow", "Forest", "Valley", "Harbor",
            "Prospect", "Franklin", "King's", "St. Mary's", "Martin Luther King Jr.", "Camino Real", "Peña");
    private static final List<String> SUFFIXES = List.of("St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Ct", "Way", "Pl");

    private Places() {
    }

    /** A random address; the area code of its city is returned through {@link #areaCode}. */
    static Address address(SplittableRandom random) {
        City city = CITIES.get(random.nextInt(CITIES.size()));
        String line = (1 + random.nextInt(9899)) + " " + Names.pick(random, STREETS) + " "
                + Names.pick(random, SUFFIXES);
        if (random.nextDouble() < 0.15) {
            line = line + ", Apt " + (1 + random.nextInt(40)) + (char) ('A' + random.nextInt(6));
        }
        return new Address(line, city.name(), city.state(), city.zip());
    }

    /** The telephone area code of the city an address lies in. */
    static String areaCode(Address address) {
        for (City city : CITIES) {
            if (city.name().equals(address.city())) {
                return city.areaCode();
            }
        }
        return "555";
    }
}
