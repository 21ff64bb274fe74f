package se.kvalitetsledning.infra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.net.URI;
import java.net.URISyntaxException;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import se.kvalitetsledning.avvikelse.AvvikelseId;

/**
 * The module boundaries: shared-kernel holds plain messages (no Spring, no MongoDB), and the command side and the
 * query side never see each other. The modules share feature packages, so a class's module is where it was loaded
 * from.
 */
class ArkitekturTest {

    private static final Modul SHARED_KERNEL = Modul.dar(AvvikelseId.class);
    private static final Modul COMMAND_SIDE = Modul.dar("se.kvalitetsledning.avvikelse.Avvikelse");
    private static final Modul QUERY_SIDE = Modul.dar("se.kvalitetsledning.avvikelse.AvvikelseProjection");

    @Test
    void sharedKernelBeroendeVarkenAvSpringEllerMongoDb() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.mongodb..", "org.bson..", "de.bwaldvogel..",
                        "org.axonframework.extensions.mongo..", "org.axonframework.spring..")
                .check(SHARED_KERNEL.klasser());
    }

    @Test
    void commandSideSerInteQuerySide() {
        noClasses().should().dependOnClassesThat(QUERY_SIDE.innehaller()).check(COMMAND_SIDE.klasser());
    }

    @Test
    void querySideSerInteCommandSide() {
        noClasses().should().dependOnClassesThat(COMMAND_SIDE.innehaller()).check(QUERY_SIDE.klasser());
    }

    /** An event's class name and revision are stored forever: every event handled anywhere declares its revision. */
    @Test
    void varjeHandelseHarEnRevision() {
        ArchCondition<JavaMethod> forstaParameternHarRevision = new ArchCondition<>("take an event with @Revision") {
            @Override
            public void check(JavaMethod metod, ConditionEvents handelser) {
                JavaClass handelse = metod.getRawParameterTypes().get(0);
                if (!handelse.isAnnotatedWith(Revision.class)) {
                    handelser.add(SimpleConditionEvent.violated(metod, handelse.getName() + " saknar @Revision"));
                }
            }
        };
        methods().that().areAnnotatedWith(EventSourcingHandler.class).or().areAnnotatedWith(EventHandler.class)
                .should(forstaParameternHarRevision)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("se.kvalitetsledning"));
    }

    private record Modul(URI plats) {

        static Modul dar(String klassnamn) {
            try {
                return dar(Class.forName(klassnamn));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("Modulens kännetecken saknas: " + klassnamn, e);
            }
        }

        static Modul dar(Class<?> klass) {
            try {
                return new Modul(klass.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }

        JavaClasses klasser() {
            JavaClasses klasser = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importUrl(url());
            if (klasser.isEmpty()) {
                throw new IllegalStateException("Inga klasser i " + plats);
            }
            return klasser;
        }

        private java.net.URL url() {
            try {
                return plats.toURL();
            } catch (java.net.MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }

        DescribedPredicate<JavaClass> innehaller() {
            return DescribedPredicate.describe("classes of " + plats, klass -> klass.getSource()
                    .map(kalla -> kalla.getUri().toString().startsWith(plats.toString())
                            || kalla.getUri().toString().startsWith("jar:" + plats))
                    .orElse(false));
        }
    }
}
