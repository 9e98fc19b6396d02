/** Login, sessions and tokens of the mock AIS, as netcity-api.md §1 describes them. */
package ru.netcity.mock.auth;
