package nl.werving.applicant;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicantRepository extends JpaRepository<Applicant, UUID> {
}
