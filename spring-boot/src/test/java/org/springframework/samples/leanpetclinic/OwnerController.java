package org.springframework.samples.leanpetclinic;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The REST front: owners with their pets (lazily, an N+1), the same joined, owner names (from entities with
 * their pets fetched, and from a DTO), pet types, and a new visit.
 */
@RestController
@Transactional
public class OwnerController {

    private final OwnerRepository owners;
    private final PetTypeRepository types;
    private final VisitRepository visits;

    OwnerController(OwnerRepository owners, PetTypeRepository types, VisitRepository visits) {
        this.owners = owners;
        this.types = types;
        this.visits = visits;
    }

    /** Each owner's pets load on first use: one statement for the owners, one per owner for the pets. */
    @GetMapping("/owners")
    public Map<String, List<String>> owners() {
        return petNames(owners.findAllByOrderById());
    }

    /** The first {@code n} owners with their pets: the same N+1 as {@link #owners()}, n times. */
    @GetMapping("/owners/first/{n}")
    public Map<String, List<String>> firstOwners(@PathVariable int n) {
        return petNames(owners.findAllByOrderById().subList(0, n));
    }

    @GetMapping("/owners/joined")
    public Map<String, List<String>> ownersJoined() {
        return petNames(owners.findAllWithPets());
    }

    /**
     * Owner names for a select box, from the finder of the joined page: the owners come with their pets (and
     * the pets' types) fetched, and the page reads neither.
     */
    @GetMapping("/owners/names")
    public List<String> ownerNames() {
        List<Owner> list = owners.findAllWithPets(); // site:names
        return list.stream().map(o -> o.getId() + " " + o.getLastName()).toList();
    }

    /** The same names read as a DTO: no entity is loaded, so no association either. */
    @GetMapping("/owners/names/projected")
    public List<String> ownerNamesProjected() {
        return owners.findAllNames().stream()
                .map(n -> n.id() + " " + n.lastName())
                .toList();
    }

    /** An owner's pets and each pet's visits (lazy: one statement per pet). */
    @GetMapping("/owners/{id}")
    public Map<String, List<String>> owner(@PathVariable int id) {
        Owner owner = owners.findById(id).orElseThrow();
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Pet p : owner.getPets()) {
            out.put(
                    p.getName(),
                    p.getVisits().stream().map(Visit::getDescription).toList());
        }
        return out;
    }

    @GetMapping("/pettypes")
    public List<String> petTypes() {
        return types.findAll().stream().map(PetType::getName).toList();
    }

    /** The pet types for two select boxes of one page: the same query twice (a duplicate). */
    @GetMapping("/pettypes/twice")
    public List<String> petTypesTwice() {
        List<String> first = petTypes();
        return petTypes().size() == first.size() ? first : List.of();
    }

    @PostMapping("/owners/{id}/visits")
    public String addVisit(@PathVariable int id) {
        Owner owner = owners.findById(id).orElseThrow();
        Visit v = new Visit();
        v.date = LocalDate.of(2026, 1, 1);
        v.description = "check-up";
        v.pet = owner.getPets().get(0);
        visits.save(v);
        return "ok";
    }

    private static Map<String, List<String>> petNames(List<Owner> list) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Owner o : list) {
            List<Pet> pets = o.getPets();
            out.put(
                    o.getId() + " " + o.getLastName(),
                    pets.stream().map(Pet::getName).toList()); // site:pets
        }
        return out;
    }
}
