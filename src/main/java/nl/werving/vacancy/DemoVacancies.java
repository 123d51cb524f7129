package nl.werving.vacancy;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Demo mode only: two open vacancies, so the portal and the API have something to apply for. */
@Component
@ConditionalOnProperty(name = "werving.demo.enabled", havingValue = "true")
class DemoVacancies implements ApplicationRunner {

    private final Vacancies vacancies;

    DemoVacancies(Vacancies vacancies) {
        this.vacancies = vacancies;
    }

    @Override
    public void run(ApplicationArguments args) {
        vacancies.publishIfAbsent("Verpleegkundige Interne Geneeskunde (32-36 uur)", """
                Als verpleegkundige op de afdeling Interne Geneeskunde zorg je voor patiënten met complexe \
                aandoeningen. Je hebt een BIG-registratie als verpleegkundige, minimaal twee jaar ervaring in \
                een ziekenhuis en je spreekt vloeiend Nederlands.""");
        vacancies.publishIfAbsent("Backend developer (Java)", """
                You build and run the services behind our planning platform in Java and Spring Boot, with \
                PostgreSQL and Kafka. Three years of experience with Java; Dutch is a plus, English is a must.""");
    }
}
