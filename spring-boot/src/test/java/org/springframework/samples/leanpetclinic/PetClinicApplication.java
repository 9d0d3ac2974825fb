package org.springframework.samples.leanpetclinic;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;

/**
 * A small application in the style of spring-petclinic, in a package under {@code org.springframework.}:
 * JPA entities with lazy and eager associations, Spring Data repositories, a REST front, {@code
 * schema.sql}/{@code data.sql} seeding. Its settings are in {@code leanpetclinic/petclinic.properties}, so
 * that the other Boot applications of these tests do not pick up its SQL scripts.
 */
@SpringBootApplication
@PropertySource("classpath:leanpetclinic/petclinic.properties")
public class PetClinicApplication {}
