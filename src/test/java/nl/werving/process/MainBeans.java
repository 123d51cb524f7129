package nl.werving.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.werving.WervingApplication;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.type.MethodMetadata;

/**
 * The names of the Spring beans Werving's main code declares, found without starting Spring: classes under
 * {@code nl.werving} annotated as components (named as Spring names them, usually the class name with a
 * lower-case first letter) and their {@code @Bean} methods. Test classes are left out.
 */
final class MainBeans {

    private MainBeans() {
    }

    static Set<String> names() {
        String mainClasses = WervingApplication.class.getProtectionDomain().getCodeSource().getLocation().toString();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
        AnnotationBeanNameGenerator naming = AnnotationBeanNameGenerator.INSTANCE;
        SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
        Set<String> names = new HashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(WervingApplication.class.getPackageName())) {
            if (!isIn(candidate, mainClasses)) {
                continue;
            }
            names.add(naming.generateBeanName(candidate, registry));
            if (candidate instanceof AnnotatedBeanDefinition annotated) {
                for (MethodMetadata method : annotated.getMetadata().getAnnotatedMethods(Bean.class.getName())) {
                    names.addAll(beanMethodNames(method));
                }
            }
        }
        return names;
    }

    private static Set<String> beanMethodNames(MethodMetadata method) {
        Map<String, Object> bean = method.getAnnotationAttributes(Bean.class.getName());
        String[] declared = bean == null ? new String[0] : (String[]) bean.get("name");
        return declared.length == 0 ? Set.of(method.getMethodName()) : Set.of(declared);
    }

    private static boolean isIn(BeanDefinition candidate, String mainClasses) {
        Resource classFile = ((AbstractBeanDefinition) candidate).getResource();
        try {
            return classFile != null && classFile.getURL().toString().startsWith(mainClasses);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }
}
