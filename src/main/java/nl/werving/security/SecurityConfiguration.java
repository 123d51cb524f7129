package nl.werving.security;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Four filter chains, most specific first:
 * <ol>
 * <li>{@code /engine-rest/**}: Camunda's REST API. Spring only passes it through; Camunda's own HTTP Basic
 * filter authenticates every request against the identity service, so the engine checks authorizations
 * for that user.</li>
 * <li>{@code /camunda/**}: Cockpit, Tasklist and Admin, with Camunda's session login and CSRF protection;
 * the Admin webapp's first-run set-up endpoint is closed for good.</li>
 * <li>{@code /api/**}: Werving's JSON API. Applying, the privacy notice, listing open vacancies and their knock-out questions, and
 * the assessment providers' webhook (which checks its own HMAC signature) are public; managing vacancies (their
 * details, status, requirements and automation switches) and the global automation switch are for HR, recording
 * a candidate's withdrawal or objection and moving a scheduled interview are for recruiters; legal holds are for the
 * data protection officer, and an erasure request for the DPO or a recruiter; the fairness report is for auditors
 * and the DPO, the screening decision impact preview for HR and auditors, process version governance
 * ({@code /api/governance/**}, read-only) for auditors, the DPO and HR; an application's decision records and
 * timeline and the human-oversight metrics are for auditors and the DPO, to read only; the rest needs HTTP Basic.</li>
 * <li>Everything else: the candidate portal ({@code /}, {@code /vacancies/**} with the apply form, {@code /privacy},
 * the diversity survey {@code /survey/*}), the candidate link pages ({@code /c/**}) and health are public, and so are the {@code /demo/**} pages in
 * demo mode
 * except the development mailbox ({@code /demo/mailbox}, administrators); the audit pages ({@code /audit/**}) are
 * for auditors and the DPO, to read only; HR's pages ({@code /hr/**}) are for HR; all other pages need a login. Mail
 * template previews ({@code /api/mail/preview/*}) are for HR and recruiters.</li>
 * </ol>
 */
@Configuration
class SecurityConfiguration {

    private static final String HR = WervingGroups.AUTHORITY_PREFIX + WervingGroups.HR;
    private static final String RECRUITERS = WervingGroups.AUTHORITY_PREFIX + WervingGroups.RECRUITERS;
    private static final String HIRING_MANAGERS = WervingGroups.AUTHORITY_PREFIX + WervingGroups.HIRING_MANAGERS;
    private static final String ADMINS = WervingGroups.AUTHORITY_PREFIX + WervingGroups.ADMINS;
    private static final String TEAM_LEADS = WervingGroups.AUTHORITY_PREFIX + WervingGroups.TEAM_LEADS;
    private static final String AUDITORS = WervingGroups.AUTHORITY_PREFIX + WervingGroups.AUDITORS;
    private static final String DPO = WervingGroups.AUTHORITY_PREFIX + WervingGroups.DPO;

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** Makes path patterns match requests served by Camunda's Jersey servlets, not only Spring MVC. */
    @Bean
    PathPatternRequestMatcherBuilderFactoryBean pathPatternRequestMatcherBuilder() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRestApi(HttpSecurity http) throws Exception {
        return http.securityMatcher("/engine-rest/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        return http.securityMatcher("/camunda/**", "/camunda-welcome/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/camunda/api/admin/setup/**").denyAll()
                        .anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain wervingApi(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/applications").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/vacancies", "/api/vacancies/*/knockout-questions",
                                "/api/privacy-notice")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/assessments/*/result").permitAll()
                        .requestMatchers("/api/automation", "/api/vacancies", "/api/vacancies/**").hasAuthority(HR)
                        .requestMatchers(HttpMethod.GET, "/api/mail/preview/*").hasAnyAuthority(HR, RECRUITERS)
                        // The screening evidence: reviewers, and then only with an open task for the application
                        // (checked by the screening module, as on the review pages).
                        .requestMatchers(HttpMethod.GET, "/api/applications/*/screening")
                                .hasAnyAuthority(RECRUITERS, HIRING_MANAGERS, TEAM_LEADS)
                        .requestMatchers(HttpMethod.POST, "/api/applications/*/data-requests")
                                .hasAnyAuthority(DPO, RECRUITERS)
                        .requestMatchers(HttpMethod.GET, "/api/applications/*/data-requests")
                                .hasAnyAuthority(DPO, AUDITORS)
                        .requestMatchers(HttpMethod.PUT, "/api/applications/*/applicant").hasAuthority(DPO)
                        .requestMatchers(HttpMethod.POST, "/api/applications/*/withdrawal",
                                "/api/applications/*/objection", "/api/applications/*/interview/reschedule").hasAuthority(RECRUITERS)
                        .requestMatchers(HttpMethod.GET, "/api/applications/*/erasure-receipts")
                                .hasAnyAuthority(AUDITORS, DPO)
                        .requestMatchers("/api/applications/*/legal-hold").hasAuthority(DPO)
                        .requestMatchers(HttpMethod.POST, "/api/applications/*/erasure-request")
                                .hasAnyAuthority(DPO, RECRUITERS)
                        // The audit trail: auditors and the DPO read, nobody writes.
                        .requestMatchers(HttpMethod.GET, "/api/applications/*/decisions", "/api/applications/*/timeline",
                                "/api/oversight").hasAnyAuthority(AUDITORS, DPO)
                        .requestMatchers("/api/applications/*/decisions", "/api/applications/*/timeline",
                                "/api/oversight", "/api/oversight/**").denyAll()
                        // Aggregates derived from diversity data: auditors and the DPO read; HR and auditors preview.
                        .requestMatchers(HttpMethod.GET, "/api/fairness").hasAnyAuthority(AUDITORS, DPO)
                        .requestMatchers(HttpMethod.POST, "/api/decision-impact/screening").hasAnyAuthority(HR, AUDITORS)
                        .requestMatchers("/api/fairness", "/api/fairness/**", "/api/decision-impact/**").denyAll()
                        // Process version governance: read-only for auditors, the DPO and HR.
                        .requestMatchers(HttpMethod.GET, "/api/governance/**").hasAnyAuthority(AUDITORS, DPO, HR)
                        .requestMatchers("/api/governance/**").denyAll()
                        .anyRequest().authenticated())
                .httpBasic(withDefaults())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain portalAndPages(HttpSecurity http, @Value("${werving.demo.enabled:false}") boolean demoMode)
            throws Exception {
        return http
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/", "/error", "/css/**", "/favicon.ico", "/login").permitAll()
                            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                            // Candidate links: the signed token in the path is the credential.
                            .requestMatchers("/c/**").permitAll()
                            // The candidate portal: vacancies, applying, the privacy notice; the survey's signed
                            // single-use token in the path is its credential.
                            .requestMatchers(HttpMethod.GET, "/vacancies", "/vacancies/*", "/vacancies/*/apply",
                                    "/vacancies/*/applied", "/privacy", "/survey/*").permitAll()
                            .requestMatchers(HttpMethod.POST, "/vacancies/*/apply", "/survey/*").permitAll()
                        .requestMatchers("/review/**").hasAnyAuthority(RECRUITERS, HIRING_MANAGERS, TEAM_LEADS)
                        // The audit pages: read-only, for auditors and the DPO.
                        .requestMatchers(HttpMethod.GET, "/audit/**").hasAnyAuthority(AUDITORS, DPO)
                        .requestMatchers("/audit/**").denyAll()
                        // HR's pages: vacancies, requirements, opening and closing, automation, pipeline.
                        .requestMatchers("/hr", "/hr/**").hasAuthority(HR);
                    if (demoMode) {
                        // The mails demo mode keeps instead of sending hold personal data: administrators only.
                        requests.requestMatchers("/demo/mailbox").hasAuthority(ADMINS);
                        // Demo mode's simulated outside services, e.g. the assessment provider.
                        requests.requestMatchers("/demo/**").permitAll();
                    }
                    requests.anyRequest().authenticated();
                })
                // Werving's own login page (LoginPage); the filter checks what it posts to /login.
                .formLogin(form -> form.loginPage("/login").permitAll())
                .httpBasic(withDefaults())
                .logout(withDefaults())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }
}
