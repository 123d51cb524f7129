package nl.werving.notification.mail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import nl.werving.applicant.Language;
import nl.werving.notification.MessageType;
import nl.werving.notification.RecipientKind;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The mail templates: per type and language an HTML and a plain-text Thymeleaf template,
 * {@code <lang>/<TYPE>.html} and {@code <lang>/<TYPE>.txt} for candidates, {@code <lang>/staff/<TYPE>.html} and
 * {@code .txt} for staff. The text template's first line is the subject. A
 * template in the directory {@code werving.mail.templates-dir} (read on every use, so edits need no restart)
 * replaces the one on the classpath under {@code mail-templates/}. A separate engine from the web pages' (SpEL, not
 * a bean, so Spring Boot still configures the pages' engine).
 */
public class MailTemplates {

    static final String CLASSPATH_FOLDER = "mail-templates/";
    static final String STAFF_FOLDER = "staff/";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    public MailTemplates(Path overrideDirectory) {
        int order = 1;
        // The engine caches by template name whichever resolver found it, so with an override directory nothing is
        // cached: a template added or changed there is picked up by the next mail.
        boolean overridable = overrideDirectory != null && Files.isDirectory(overrideDirectory);
        if (overridable) {
            String prefix = overrideDirectory.toAbsolutePath().toString() + "/";
            engine.addTemplateResolver(configure(new FileTemplateResolver(), prefix, TemplateMode.HTML, order++, false));
            engine.addTemplateResolver(configure(new FileTemplateResolver(), prefix, TemplateMode.TEXT, order++, false));
        }
        engine.addTemplateResolver(configure(new ClassLoaderTemplateResolver(), CLASSPATH_FOLDER, TemplateMode.HTML,
                order++, !overridable));
        engine.addTemplateResolver(configure(new ClassLoaderTemplateResolver(), CLASSPATH_FOLDER, TemplateMode.TEXT,
                order, !overridable));
    }

    private static AbstractConfigurableTemplateResolver configure(AbstractConfigurableTemplateResolver resolver,
            String prefix, TemplateMode mode, int order, boolean cacheable) {
        resolver.setPrefix(prefix);
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(java.util.Set.of(mode == TemplateMode.HTML ? "*.html" : "*.txt"));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        resolver.setCacheable(cacheable);
        return resolver;
    }

    /** Renders the type's candidate templates in the language with the given variables. */
    public RenderedMail render(MessageType type, Language language, Map<String, ?> variables) {
        return render(type, RecipientKind.CANDIDATE, language, variables);
    }

    /**
     * Renders the type's templates for the kind of recipient in the language with the given variables.
     *
     * @throws IllegalArgumentException when the type has no templates for that kind of recipient
     */
    public RenderedMail render(MessageType type, RecipientKind recipient, Language language,
            Map<String, ?> variables) {
        if (!type.isFor(recipient)) {
            throw new IllegalArgumentException(type + " is not a message to " + recipient);
        }
        Context context = new Context(Locale.forLanguageTag(language.code()));
        variables.forEach(context::setVariable);
        String name = language.code() + "/" + (recipient == RecipientKind.STAFF ? STAFF_FOLDER : "") + type.name();
        String html = engine.process(name + ".html", context);
        String text = engine.process(name + ".txt", context).replace("\r\n", "\n").stripLeading();
        int endOfSubject = text.indexOf('\n');
        String subject = (endOfSubject < 0 ? text : text.substring(0, endOfSubject)).strip();
        String body = endOfSubject < 0 ? "" : text.substring(endOfSubject + 1).strip() + "\n";
        return new RenderedMail(subject, html, body);
    }
}
