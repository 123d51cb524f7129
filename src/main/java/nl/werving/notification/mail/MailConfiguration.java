package nl.werving.notification.mail;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import nl.werving.applicant.Applicants;
import nl.werving.application.Applications;
import nl.werving.candidate.CandidateLinks;
import nl.werving.decision.DecisionReviews;
import nl.werving.decision.HumanDecisions;
import nl.werving.erasure.ErasedApplication;
import nl.werving.erasure.PersonalDataStore;
import nl.werving.interview.InterviewCalendar;
import nl.werving.interview.InterviewPlanning;
import nl.werving.applicant.Language;
import nl.werving.notification.MailContent;
import nl.werving.notification.StaffDirectory;
import nl.werving.vacancy.Vacancies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Wires the mail sender. Mails go to the SMTP server ({@code spring.mail.*}), except in demo mode without an SMTP
 * host, where they land in the {@link DemoMailbox}. Staff addresses come from the {@link StaffDirectory} the
 * process module provides.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    MailTemplates mailTemplates(@Value("${werving.mail.templates-dir:}") String templatesDir) {
        Path directory = templatesDir.isBlank() ? null : Path.of(templatesDir);
        if (directory != null) {
            log.info("Mail templates in {} replace the built-in ones", directory.toAbsolutePath());
        }
        return new MailTemplates(directory);
    }

    @Bean
    MailTransport mailTransport(@Value("${werving.demo.enabled:false}") boolean demo,
            @Value("${spring.mail.host:}") String smtpHost, @Value("${werving.mail.from}") String from,
            ObjectProvider<JavaMailSender> sender, Clock clock) {
        if (demo && smtpHost.isBlank()) {
            log.info("Demo mode without an SMTP host: mails go to the development mailbox at /demo/mailbox");
            return new DemoMailbox(clock);
        }
        return new SmtpMailTransport(sender.getObject(), from);
    }

    /**
     * Erasure's store {@code demo_mailbox}, in demo mode: drops the application's mails from the in-memory
     * development mailbox (0 when mails go to an SMTP server, which Werving cannot reach into).
     */
    @Bean
    @ConditionalOnProperty(name = "werving.demo.enabled", havingValue = "true")
    PersonalDataStore demoMailboxStore(MailTransport transport) {
        return new PersonalDataStore() {
            @Override
            public String name() {
                return "demo_mailbox";
            }

            @Override
            public int erase(ErasedApplication application) {
                return transport instanceof DemoMailbox mailbox ? mailbox.forget(application.applicationId()) : 0;
            }
        };
    }

    @Bean
    MailComposer mailComposer(Applications applications, Applicants applicants, Vacancies vacancies,
            HumanDecisions decisions, DecisionReviews reviews, CandidateLinks links, InterviewPlanning interviews,
            InterviewCalendar calendar, StaffDirectory staff, MailTemplates templates,
            @Value("${werving.assessment.public-base-url}") String baseUrl,
            @Value("${werving.time-zone:Europe/Amsterdam}") ZoneId zone,
            @Value("${werving.staff-language:en}") String staffLanguage, List<MailContent> contents) {
        return new DomainMailComposer(applications, applicants, vacancies, decisions, reviews, links, interviews,
                new InterviewInvitations(interviews, calendar, staff), staff, templates, baseUrl, zone,
                Language.fromCode(staffLanguage), contents);
    }

    @Bean
    MailWorker mailWorker(DataSource dataSource, MailComposer composer, MailTransport transport,
            ApplicationEventPublisher events, Clock clock,
            @Value("${werving.mail.batch-size:20}") int batchSize,
            @Value("${werving.mail.max-attempts:6}") int maxAttempts,
            @Value("${werving.mail.first-retry-delay:30s}") Duration firstRetryDelay,
            @Value("${werving.mail.claim-lease:5m}") Duration claimLease) {
        return new MailWorker(new OutboxStore(dataSource), composer, transport, events, clock,
                new MailWorker.Settings(batchSize, maxAttempts, firstRetryDelay, claimLease));
    }

    /** Polls the outbox; off with {@code werving.mail.polling.enabled=false} (tests drive the worker themselves). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "werving.mail.polling.enabled", havingValue = "true", matchIfMissing = true)
    static class Polling {

        private final MailWorker worker;

        Polling(MailWorker worker) {
            this.worker = worker;
        }

        @Scheduled(fixedDelayString = "${werving.mail.poll-interval:5s}",
                initialDelayString = "${werving.mail.poll-interval:5s}")
        void poll() {
            try {
                worker.sendDue();
            } catch (RuntimeException exception) {
                log.warn("Polling the outbox failed: {}", exception.getClass().getSimpleName());
            }
        }
    }
}
