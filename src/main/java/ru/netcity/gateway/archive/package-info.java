/** Signed term snapshots of the whole journal as BagIt bags in two storage locations (5.5, 2.5). */
package ru.netcity.gateway.archive;
