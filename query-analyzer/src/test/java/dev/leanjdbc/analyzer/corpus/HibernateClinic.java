package dev.leanjdbc.analyzer.corpus;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * A small clinic in the style of spring-petclinic, mapped with Hibernate 7: owners with pets (lazy, mapped by
 * the pet), pets with visits (unidirectional {@code @OneToMany @JoinColumn}, as petclinic maps them), and the
 * variants a fix turns them into (visits mapped by their pet; sequence ids). The session factory runs on the
 * analyzer's wrapped DataSource, so every statement Hibernate sends is recorded.
 */
final class HibernateClinic implements AutoCloseable {

    private final SessionFactory factory;

    HibernateClinic(DataSource wrapped, Map<String, Object> settings) {
        Configuration cfg = new Configuration()
                .addAnnotatedClass(Owner.class)
                .addAnnotatedClass(Pet.class)
                .addAnnotatedClass(Visit.class)
                .addAnnotatedClass(Treatment.class)
                .addAnnotatedClass(Appointment.class)
                .addAnnotatedClass(Vaccination.class)
                .addAnnotatedClass(Vet.class)
                .addAnnotatedClass(Specialty.class)
                .addAnnotatedClass(Tag.class);
        cfg.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, wrapped);
        cfg.getProperties().put(AvailableSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, "drop-and-create");
        cfg.getProperties().putAll(settings);
        this.factory = cfg.buildSessionFactory();
    }

    /** Runs {@code work} in one session and transaction, committed at the end. */
    void inTransaction(Consumer<Session> work) {
        factory.inTransaction(work);
    }

    SessionFactory factory() {
        return factory;
    }

    /** Ten owners with two pets each, each pet with two visits; returns nothing, ids start at 1. */
    void seed() {
        inTransaction(s -> {
            for (int o = 1; o <= 10; o++) {
                Owner owner = new Owner("First" + o, "Last" + o, o + " Main St", "City" + o, "555-000" + o);
                s.persist(owner);
                for (int p = 1; p <= 2; p++) {
                    Pet pet = new Pet("Pet" + o + "-" + p, owner);
                    pet.visits.add(new Visit(LocalDate.of(2026, 1, p), "checkup"));
                    pet.visits.add(new Visit(LocalDate.of(2026, 2, p), "vaccine"));
                    s.persist(pet);
                }
            }
            Specialty[] specialties = {new Specialty("radiology"), new Specialty("surgery"), new Specialty("dentistry")
            };
            for (Specialty sp : specialties) {
                s.persist(sp);
            }
            for (int v = 1; v <= 6; v++) {
                Vet vet = new Vet("Vet" + v);
                vet.specialties.add(specialties[v % 3]);
                vet.specialties.add(specialties[(v + 1) % 3]);
                s.persist(vet);
            }
        });
    }

    @Override
    public void close() {
        factory.close();
    }

    @Entity(name = "Owner")
    @Table(name = "owners")
    static class Owner {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        @Column(name = "first_name")
        String firstName;

        @Column(name = "last_name")
        String lastName;

        String address;
        String city;
        String telephone;

        @OneToMany(mappedBy = "owner")
        List<Pet> pets = new ArrayList<>();

        Owner() {}

        Owner(String firstName, String lastName, String address, String city, String telephone) {
            this.firstName = firstName;
            this.lastName = lastName;
            this.address = address;
            this.city = city;
            this.telephone = telephone;
        }
    }

    @Entity(name = "Pet")
    @Table(name = "pets")
    static class Pet {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        String name;

        @ManyToOne(fetch = FetchType.LAZY)
        @JoinColumn(name = "owner_id")
        Owner owner;

        /** Unidirectional, as spring-petclinic maps it: Hibernate inserts the visit, then updates its pet_id. */
        @OneToMany(cascade = CascadeType.ALL)
        @JoinColumn(name = "pet_id")
        List<Visit> visits = new ArrayList<>();

        /** The fix: the child owns the foreign key ({@code mappedBy}), so it is set by the INSERT. */
        @OneToMany(cascade = CascadeType.ALL, mappedBy = "pet")
        List<Appointment> appointments = new ArrayList<>();

        /** Half a fix: the child's INSERT writes pet_id, and Hibernate 7 still sends the UPDATE after it. */
        @OneToMany(cascade = CascadeType.ALL)
        @JoinColumn(name = "pet_id", nullable = false)
        List<Treatment> treatments = new ArrayList<>();

        /** The other fix: a non-null, non-updatable join column, written by the child's INSERT only. */
        @OneToMany(cascade = CascadeType.ALL)
        @JoinColumn(name = "pet_id", nullable = false, updatable = false)
        List<Vaccination> vaccinations = new ArrayList<>();

        Pet() {}

        Pet(String name, Owner owner) {
            this.name = name;
            this.owner = owner;
        }
    }

    @Entity(name = "Visit")
    @Table(name = "visits")
    static class Visit {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        @Column(name = "visit_date")
        LocalDate date;

        String description;

        Visit() {}

        Visit(LocalDate date, String description) {
            this.date = date;
            this.description = description;
        }
    }

    @Entity(name = "Treatment")
    @Table(name = "treatments")
    static class Treatment {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        String description;

        Treatment() {}

        Treatment(String description) {
            this.description = description;
        }
    }

    @Entity(name = "Vaccination")
    @Table(name = "vaccinations")
    static class Vaccination {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        String vaccine;

        Vaccination() {}

        Vaccination(String vaccine) {
            this.vaccine = vaccine;
        }
    }

    @Entity(name = "Appointment")
    @Table(name = "appointments")
    static class Appointment {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        String description;

        @ManyToOne(fetch = FetchType.LAZY)
        @JoinColumn(name = "pet_id")
        Pet pet;

        Appointment() {}

        Appointment(String description, Pet pet) {
            this.description = description;
            this.pet = pet;
        }
    }

    /** As petclinic maps vets: specialties EAGER, loaded with every vet whether the page shows them or not. */
    @Entity(name = "Vet")
    @Table(name = "vets")
    static class Vet {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        @Column(name = "last_name")
        String lastName;

        @ManyToMany(fetch = FetchType.EAGER)
        @JoinTable(
                name = "vet_specialties",
                joinColumns = @JoinColumn(name = "vet_id"),
                inverseJoinColumns = @JoinColumn(name = "specialty_id"))
        Set<Specialty> specialties = new HashSet<>();

        Vet() {}

        Vet(String lastName) {
            this.lastName = lastName;
        }
    }

    @Entity(name = "Specialty")
    @Table(name = "specialties")
    static class Specialty {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        String name;

        Specialty() {}

        Specialty(String name) {
            this.name = name;
        }
    }

    /** Sequence ids with a pooled allocation: the id generator Hibernate can batch inserts with. */
    @Entity(name = "Tag")
    @Table(name = "tags")
    static class Tag {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tags_seq")
        @SequenceGenerator(name = "tags_seq", sequenceName = "tags_seq", allocationSize = 50)
        Long id;

        String name;

        Tag() {}

        Tag(String name) {
            this.name = name;
        }
    }
}
