package nl.werving.application;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface KnockoutAnswerRepository extends JpaRepository<KnockoutAnswer, UUID> {

    // A JPQL query, not a derived one: asked for every application, and Hibernate reuses the SQL translation of a
    // query string but translates Spring Data's derived (criteria) queries anew on every call.
    @Query("select a from KnockoutAnswer a where a.applicationId = :applicationId")
    List<KnockoutAnswer> findByApplicationId(UUID applicationId);
}
