/** The handlers behind the mock's stubs: login, context, diary and reports. */
package ru.netcity.mock.api;
