package org.synthhealth.core.model;

/** A postal address in the United States; {@code state} is the two-letter USPS code. */
public record Address(String line, String city, String state, String postalCode) {
}
