package be.cpas.rules.api;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyReader;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

import be.cpas.rules.model.Dossier;

/**
 * The body of a decision or a what-if, read by {@link DossierReader}. A server reader: RESTEasy Reactive hands a plain
 * {@code MessageBodyReader} the resource method's parameter annotations, which the JDK parses again on every request
 * ({@code Method.getParameterAnnotations} keeps no copy), twice per request; this reader needs none.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class DossierBodyReader implements ServerMessageBodyReader<Object> {

    @Inject
    DossierReader reader;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo lazyMethod, MediaType mediaType) {
        return isRequest(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, MediaType mediaType, ServerRequestContext context) throws IOException {
        return reader.readRequest(type, context.getInputStream());
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isRequest(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        return reader.readRequest(type, entityStream);
    }

    private static boolean isRequest(Class<?> type) {
        return type == Dossier.class || type == SimulationRequest.class;
    }
}
