# Sourced (not run) by the benches on a generated school year's H2 ledger (audit-year.sh,
# dashboard.sh, report-pdf.sh) once they are in the project folder and have set $students:
# compiles the test classes, sets $cp to their classpath and $dir to target/bench-audit-<students>,
# and fills that ledger (AuditYearBench fill) when it is not there yet.
dir="target/bench-audit-$students"
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >&2
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
if [ ! -f "$dir/ledger.mv.db" ]; then
  java -Xmx3g -cp "$cp" -Dlogback.configurationFile=mock-netcity/logback.xml \
    ru.netcity.gateway.bench.AuditYearBench fill "$students" "$dir"
fi
