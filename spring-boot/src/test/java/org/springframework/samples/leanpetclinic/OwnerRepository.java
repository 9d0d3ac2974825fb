package org.springframework.samples.leanpetclinic;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OwnerRepository extends JpaRepository<Owner, Integer> {

    List<Owner> findAllByOrderById();

    /** The owners with their pets and the pets' (eager) types in one statement. */
    @Query("select distinct o from Owner o left join fetch o.pets p left join fetch p.type order by o.id")
    List<Owner> findAllWithPets();

    /** The owners' ids and last names as a DTO, for the pages that show nothing else. */
    @Query(
            "select new org.springframework.samples.leanpetclinic.OwnerName(o.id, o.lastName) from Owner o order by o.id")
    List<OwnerName> findAllNames();
}
