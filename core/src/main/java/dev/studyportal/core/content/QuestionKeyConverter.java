package dev.studyportal.core.content;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

@Converter(autoApply = true)
class QuestionKeyConverter implements AttributeConverter<QuestionKey, String> {

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable QuestionKey key) {
        return key == null ? null : key.value();
    }

    @Override
    public @Nullable QuestionKey convertToEntityAttribute(@Nullable String value) {
        return value == null ? null : new QuestionKey(value);
    }
}
