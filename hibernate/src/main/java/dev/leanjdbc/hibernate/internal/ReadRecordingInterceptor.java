package dev.leanjdbc.hibernate.internal;

import org.hibernate.bytecode.enhance.spi.interceptor.LazyAttributeLoadingInterceptor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * Hibernate's interceptor of a loaded, bytecode-enhanced entity, which also notes each read of a field for
 * the scopes that loaded it. A subclass rather than a wrapper: Hibernate tests and casts the interceptor of
 * an entity to {@link LazyAttributeLoadingInterceptor} (lazy loading, dirty checking, {@code
 * Hibernate.isPropertyInitialized}), so anything else would change how it behaves. Every read is handed on
 * to Hibernate's own code unchanged.
 */
final class ReadRecordingInterceptor extends LazyAttributeLoadingInterceptor {

    private final LoadedEntity loaded;

    ReadRecordingInterceptor(
            EntityRelatedState state,
            Object identifier,
            SharedSessionContractImplementor session,
            LoadedEntity loaded) {
        super(state, identifier, session);
        this.loaded = loaded;
    }

    @Override
    protected Object handleRead(Object target, String attributeName, Object value) {
        loaded.read(attributeName);
        return super.handleRead(target, attributeName, value);
    }
}
