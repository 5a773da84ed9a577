package dev.studyportal.core.content;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
class QuestionKeyConverter implements AttributeConverter<QuestionKey, String> {

    @Override
    public String convertToDatabaseColumn(QuestionKey key) {
        return key == null ? null : key.value();
    }

    @Override
    public QuestionKey convertToEntityAttribute(String value) {
        return value == null ? null : new QuestionKey(value);
    }
}
