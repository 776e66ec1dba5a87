package org.pacta.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Collection;

/**
 * A list longer than its {@code @Size} allows is refused as soon as it is read, before Bean Validation sees it.
 * Hibernate Validator files the violations of one list's elements under one hash code, so each new one is compared
 * with all before it: 100,000 blank party codes kept a request busy for minutes, and 150,000 evidence links ran the
 * server out of memory. The body limit (1 MiB) bounds what is read here; the annotation bounds what is validated.
 */
final class BoundedLists extends SimpleModule {

    BoundedLists() {
        super("pacta-bounded-lists");
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return new Bounded(deserializer, null);
            }
        });
    }

    /** A list of more items than its field allows; answered 422 with the field's path. */
    public static final class TooManyItems extends JsonMappingException {

        private final transient Phrase phrase;

        TooManyItems(JsonParser parser, Phrase phrase) {
            super(parser, phrase.english());
            this.phrase = phrase;
        }

        public Phrase phrase() {
            return phrase;
        }
    }

    private static final class Bounded extends DelegatingDeserializer {

        private final Size size;

        Bounded(JsonDeserializer<?> delegate, Size size) {
            super(delegate);
            this.size = size;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Bounded(delegate, size);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) throws JsonMappingException {
            JsonDeserializer<?> contextual = super.createContextual(ctxt, property);
            Size declared = property == null ? null : property.getAnnotation(Size.class);
            return declared == null || !(contextual instanceof Bounded b) ? contextual : new Bounded(b._delegatee, declared);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = _delegatee.deserialize(p, ctxt);
            if (size != null && value instanceof Collection<?> items && items.size() > size.max()) {
                int max = size.max();
                int count = items.size();
                Phrase phrase = Refusals.TAGS.equals(size.message()) ? Refusals::too_many_tags : r -> r.too_many_items(max, count);
                throw new TooManyItems(p, phrase);
            }
            return value;
        }
    }
}
