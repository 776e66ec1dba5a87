package org.pacta.platform;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Strict reading: a string where a number belongs, a number where a string belongs, an unknown field or a
 * duplicate key is an error the client hears about, not a value silently guessed. No list holds a null (none means
 * anything, and the services would trip on it), and none is longer than its field allows ({@link BoundedLists}).
 */
@Singleton
public class JacksonSetup implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        mapper.configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
        mapper.configure(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, true);
        mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        mapper.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
        mapper.configure(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE, false);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        if (mapper instanceof JsonMapper) {
            mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        }
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        // Not lenient: a number is not a date or an instant (epoch days or seconds), and a date-time is not a date.
        mapper.setDefaultLeniency(false);
        mapper.configOverride(java.util.List.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        mapper.registerModule(new BoundedLists());
        mapper.registerModule(new com.fasterxml.jackson.databind.module.SimpleModule("pacta-no-epoch-times")
                .setDeserializerModifier(new com.fasterxml.jackson.databind.deser.BeanDeserializerModifier() {
                    @Override
                    public com.fasterxml.jackson.databind.JsonDeserializer<?> modifyDeserializer(
                            com.fasterxml.jackson.databind.DeserializationConfig config, com.fasterxml.jackson.databind.BeanDescription description,
                            com.fasterxml.jackson.databind.JsonDeserializer<?> deserializer) {
                        if (description.getBeanClass() == java.time.LocalDate.class) {
                            return new AnyCalendarDate(new TextOnly(deserializer));
                        }
                        return java.time.temporal.Temporal.class.isAssignableFrom(description.getBeanClass())
                                ? new TextOnly(deserializer) : deserializer;
                    }
                }));
    }

    /**
     * Jackson's Instant reader takes a number as epoch seconds whatever its leniency; Pacta's times are always
     * ISO-8601 text, and a number there is a mistake, not a moment.
     */
    private static final class TextOnly extends com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer {

        TextOnly(com.fasterxml.jackson.databind.JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected com.fasterxml.jackson.databind.JsonDeserializer<?> newDelegatingInstance(
                com.fasterxml.jackson.databind.JsonDeserializer<?> delegate) {
            return new TextOnly(delegate);
        }

        @Override
        public Object deserialize(com.fasterxml.jackson.core.JsonParser p, com.fasterxml.jackson.databind.DeserializationContext ctxt)
                throws java.io.IOException {
            if (p.currentToken() != null && p.currentToken().isNumeric()) {
                return ctxt.handleUnexpectedToken(handledType(), p);
            }
            return _delegatee.deserialize(p, ctxt);
        }
    }

    /**
     * A date field takes what a form takes ({@link DateInput}): ISO, or a Solar Hijri date with a year below 1700, in
     * any digits; answers stay ISO. Anything else that is text is refused with the accepted forms named.
     */
    private static final class AnyCalendarDate extends com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer {

        AnyCalendarDate(com.fasterxml.jackson.databind.JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected com.fasterxml.jackson.databind.JsonDeserializer<?> newDelegatingInstance(
                com.fasterxml.jackson.databind.JsonDeserializer<?> delegate) {
            return new AnyCalendarDate(delegate);
        }

        @Override
        public Object deserialize(com.fasterxml.jackson.core.JsonParser p, com.fasterxml.jackson.databind.DeserializationContext ctxt)
                throws java.io.IOException {
            if (p.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_STRING && !p.getText().isBlank()) {
                String text = p.getText();
                try {
                    return DateInput.parse(text);
                } catch (java.time.DateTimeException e) {
                    throw ctxt.weirdStringException(text, java.time.LocalDate.class, "expected " + DateInput.FORMS);
                }
            }
            return _delegatee.deserialize(p, ctxt);
        }
    }
}
