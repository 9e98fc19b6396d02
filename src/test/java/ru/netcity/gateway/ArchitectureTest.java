package ru.netcity.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of design.md §2 and §6, checked on the compiled main classes. */
@AnalyzeClasses(packages = "ru.netcity", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule onlyTheCamelPackageUsesCamel =
      noClasses()
          .that()
          .resideInAPackage("ru.netcity.gateway..")
          .and()
          .resideOutsideOfPackage("ru.netcity.gateway.camel..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.camel..")
          .because("routes hold the flow and beans hold the logic (design.md §2)");

  @ArchTest
  static final ArchRule theMockKnowsNothingOfTheGateway =
      noClasses()
          .that()
          .resideInAPackage("ru.netcity.mock..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("ru.netcity.gateway..")
          .because("mock-netcity stands for the real AIS and must run on its own");

  @ArchTest
  static final ArchRule onlyTheEmbeddedDefaultStartsTheMock =
      noClasses()
          .that()
          .resideInAPackage("ru.netcity.gateway..")
          .and()
          .resideOutsideOfPackage("ru.netcity.gateway.config..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("ru.netcity.mock..")
          .because("the gateway talks to any AIS over HTTP; only the embedded default starts one");

  @ArchTest
  static final ArchRule theSchoolModelStaysPure =
      noClasses()
          .that()
          .resideInAPackage("ru.netcity.mock.school..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.github.tomakehurst..", "org.eclipse.jetty..")
          .because("the generated school is data, served by the HTTP layer around it");

  @ArchTest
  static final ArchRule theParentRegisterKnowsNoFrontEnd =
      noClasses()
          .that()
          .resideInAPackage("ru.netcity.gateway.notify..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "ru.netcity.gateway.cli..", "ru.netcity.gateway.web..", "ru.netcity.gateway.config..")
          .because("the command line and the pages call the parents' register, not the reverse");
}
