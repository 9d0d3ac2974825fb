/**
 * Opt-in Hibernate ORM integration of the query analyzer: entity over-fetch ({@link
 * dev.leanjdbc.hibernate.LeanJdbcHibernate}).
 */
package dev.leanjdbc.hibernate;
