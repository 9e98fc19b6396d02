package ru.netcity.gateway.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import ru.netcity.gateway.netcity.Budget;
import ru.netcity.gateway.netcity.ClassRef;
import ru.netcity.gateway.netcity.HostBudget;
import ru.netcity.gateway.netcity.NetCityClient;
import ru.netcity.gateway.netcity.NetCityConnection;
import ru.netcity.gateway.netcity.StudentRef;

/** Student names read from the AIS's class lists (one session, one call per class needed). */
public final class AisStudentNames implements StudentNames {
  private final Supplier<NetCityConnection> connection;
  private final Budget budget;
  private final HostBudget hostBudget;

  /** {@code connection} is resolved at the first lookup (a listing without names needs none). */
  public AisStudentNames(
      Supplier<NetCityConnection> connection, Budget budget, HostBudget hostBudget) {
    this.connection = connection;
    this.budget = budget;
    this.hostBudget = hostBudget;
  }

  @Override
  public Map<Integer, String> names(Map<Integer, Set<Integer>> studentsByClass) {
    Map<Integer, String> names = new HashMap<>();
    if (studentsByClass.isEmpty()) {
      return names;
    }
    try (NetCityClient client = NetCityClient.open(connection.get(), budget, hostBudget)) {
      for (ClassRef ref : client.classes()) {
        Set<Integer> wanted = studentsByClass.get(ref.id());
        if (wanted == null) {
          continue;
        }
        for (StudentRef student : client.students(ref)) {
          if (wanted.contains(student.id())) {
            names.put(student.id(), student.name());
          }
        }
      }
    }
    return names;
  }
}
