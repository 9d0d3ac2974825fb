/** Implementation of the Hibernate integration; not API. */
package dev.leanjdbc.hibernate.internal;
