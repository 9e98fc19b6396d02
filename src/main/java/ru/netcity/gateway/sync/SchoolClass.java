package ru.netcity.gateway.sync;

import java.util.List;
import ru.netcity.gateway.netcity.ClassRef;
import ru.netcity.gateway.netcity.StudentRef;
import ru.netcity.gateway.netcity.TermRef;

/** A class as one run read it, once: its terms and its roster. */
record SchoolClass(ClassRef ref, List<TermRef> terms, List<StudentRef> roster) {}
