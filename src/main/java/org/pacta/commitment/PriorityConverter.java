package org.pacta.commitment;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
class PriorityConverter implements AttributeConverter<Priority, Integer> {

    @Override
    public Integer convertToDatabaseColumn(Priority priority) {
        return priority == null ? null : priority.rank;
    }

    @Override
    public Priority convertToEntityAttribute(Integer rank) {
        return rank == null ? null : Priority.ofRank(rank);
    }
}
