package ru.netcity.mock.school;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The schools one mock host serves: the default school and {@code count - 1} more of the same seed,
 * each generated from (seed, school id) on first use and kept. Names and ids are known at once, so
 * the school search answers without generating anything.
 */
public final class SchoolHost {
  /** What the school search shows of a school. */
  public record Listing(int id, String name, String shortName) {}

  private final List<SchoolOptions> options = new ArrayList<>();
  private final List<Listing> listings = new ArrayList<>();
  private final School[] schools;
  private final Object[] locks;

  /**
   * @param first the default school's options (index 0)
   * @param count how many schools the host serves
   * @param generated the default school when already generated (tests share one), else null
   */
  public SchoolHost(SchoolOptions first, int count, School generated) {
    if (count < 1 || count > SchoolOptions.MAX_SCHOOLS) {
      throw new IllegalArgumentException(
          "schools must be between 1 and " + SchoolOptions.MAX_SCHOOLS);
    }
    SchoolOptions base =
        generated == null ? first : new SchoolOptions(generated.seed(), first.students());
    for (int i = 0; i < count; i++) {
      SchoolOptions o = base.atIndex(i);
      options.add(o);
      listings.add(
          i == 0 && generated != null
              ? new Listing(generated.id(), generated.name(), generated.shortName())
              : new Listing(o.schoolId(), SchoolNames.fullName(o), SchoolNames.shortName(o)));
    }
    this.schools = new School[count];
    this.locks = new Object[count];
    for (int i = 0; i < count; i++) {
      locks[i] = new Object();
    }
    schools[0] = generated == null ? null : generated.base();
  }

  public int size() {
    return listings.size();
  }

  /** Every school of the host, the default one first. */
  public List<Listing> listings() {
    return List.copyOf(listings);
  }

  public Optional<Listing> listing(int schoolId) {
    return listings.stream().filter(l -> l.id() == schoolId).findFirst();
  }

  /** The default school, generated if it was not yet. */
  public School first() {
    return atIndex(0);
  }

  /** The school of that id, generated on first use; empty when the host has no such school. */
  public Optional<School> school(int schoolId) {
    for (int i = 0; i < listings.size(); i++) {
      if (listings.get(i).id() == schoolId) {
        return Optional.of(atIndex(i));
      }
    }
    return Optional.empty();
  }

  /** Every school, generating those not yet generated (for the truth files). */
  public List<School> all() {
    List<School> all = new ArrayList<>();
    for (int i = 0; i < listings.size(); i++) {
      all.add(atIndex(i));
    }
    return all;
  }

  /** How many schools have been generated so far. */
  public synchronized int generated() {
    int n = 0;
    for (School s : schools) {
      n += s == null ? 0 : 1;
    }
    return n;
  }

  /**
   * The id of the host's school a student id belongs to by its range ({@link IdSpace}), whether or
   * not that school is generated yet; empty for an id of no school here.
   */
  public Optional<Integer> schoolOfStudent(int studentId) {
    for (int i = 0; i < listings.size(); i++) {
      IdSpace ids = IdSpace.of(options.get(i).index());
      int first = ids.firstStudentId();
      if (studentId >= first && studentId < first + SchoolOptions.MAX_STUDENTS) {
        return Optional.of(listings.get(i).id());
      }
    }
    return Optional.empty();
  }

  private School atIndex(int index) {
    School ready;
    synchronized (this) {
      ready = schools[index];
    }
    if (ready != null) {
      return ready;
    }
    // generated outside the host's lock so that two schools can be generated at once; a second
    // caller for the same school waits on the school's own lock
    synchronized (locks[index]) {
      synchronized (this) {
        if (schools[index] != null) {
          return schools[index];
        }
      }
      School made = SchoolGenerator.generate(options.get(index));
      synchronized (this) {
        schools[index] = made;
      }
      return made;
    }
  }
}
