/** Fault injection of the mock AIS, chosen per run with {@code --faults}. */
package ru.netcity.mock.faults;
