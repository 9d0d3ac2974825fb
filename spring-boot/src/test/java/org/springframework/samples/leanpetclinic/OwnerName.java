package org.springframework.samples.leanpetclinic;

/** An owner as a page of names shows it: a DTO read by JPQL's {@code select new}, not an entity. */
public record OwnerName(Integer id, String lastName) {}
