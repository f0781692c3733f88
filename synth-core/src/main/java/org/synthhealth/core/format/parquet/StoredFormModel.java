package org.synthhealth.core.format.parquet;

import org.apache.avro.Conversion;
import org.apache.avro.LogicalType;
import org.apache.avro.generic.GenericData;

/**
 * Avro's generic data model for records whose values are already in their stored form (days, epoch milliseconds,
 * decimal bytes), as {@link AvroTableSchema#prepared} and the decimal slots make them.
 *
 * <p>parquet-avro asks the model for a logical-type conversion once per date, timestamp and decimal cell; the
 * generic model answers with a map lookup that found nothing, which cost about a tenth of the Parquet writer's time.
 * No conversion is registered here, so the answer is always none, at once.
 */
final class StoredFormModel extends GenericData {

    static final StoredFormModel INSTANCE = new StoredFormModel();

    private StoredFormModel() {
    }

    @Override
    public <T> Conversion<T> getConversionByClass(Class<T> datumClass, LogicalType logicalType) {
        return null;
    }
}
