package nl.werving.candidate;

import org.springframework.data.jpa.repository.JpaRepository;

interface UsedLinkRepository extends JpaRepository<UsedLink, String> {
}
