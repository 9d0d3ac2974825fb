package dev.leanjdbc.spring.boot.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** A Spring Data JPA 4 application on Hibernate 7: owners with lazy pets, one repository each. */
@SpringBootApplication
@EnableJpaRepositories(considerNestedRepositories = true)
public class JpaClinicApplication {

    @Entity(name = "JpaOwner")
    @Table(name = "jpa_owners")
    public static class Owner {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        String name;
        String city;

        @OneToMany(mappedBy = "owner")
        List<Pet> pets = new ArrayList<>();

        protected Owner() {}

        Owner(String name, String city) {
            this.name = name;
            this.city = city;
        }

        public Integer getId() {
            return id;
        }

        public List<Pet> getPets() {
            return pets;
        }

        public void setCity(String city) {
            this.city = city;
        }
    }

    @Entity(name = "JpaPet")
    @Table(name = "jpa_pets")
    public static class Pet {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;

        String name;

        @ManyToOne(fetch = FetchType.LAZY)
        @JoinColumn(name = "owner_id")
        Owner owner;

        protected Pet() {}

        Pet(String name, Owner owner) {
            this.name = name;
            this.owner = owner;
        }
    }

    public interface OwnerRepository extends JpaRepository<Owner, Integer> {
        /** The fix the analyzer names: the pets loaded with their owners in one query. */
        @EntityGraph(attributePaths = "pets")
        List<Owner> findByCityOrderById(String city);

        List<Owner> findAllByOrderById();
    }

    public interface PetRepository extends JpaRepository<Pet, Integer> {}
}
