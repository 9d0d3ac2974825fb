/** Implementation of leanjdbc core; not API, may change without notice. */
package dev.leanjdbc.internal;
