package org.nkrtimeline.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Checks a JSON value against a schema of an OpenAPI 3.1 document: the subset the API's description
 * uses ({@code $ref}, {@code anyOf}, {@code type} as a name or a list, {@code enum}, {@code properties}
 * with {@code required}, {@code items}). Every property of an object must be declared; an
 * undeclared one is a difference between the description and the response.
 */
final class SchemaCheck {

    private final JsonNode document;

    SchemaCheck(JsonNode document) {
        this.document = document;
    }

    /** What does not match, each with its JSON pointer; empty if the value matches. */
    List<String> problems(JsonNode value, JsonNode schema) {
        List<String> problems = new ArrayList<>();
        check(value, schema, "", problems);
        return problems;
    }

    private void check(JsonNode value, JsonNode schema, String at, List<String> problems) {
        if (schema.has("$ref")) {
            check(value, resolve(schema.get("$ref").asText()), at, problems);
        }
        if (schema.has("anyOf")) {
            List<String> all = new ArrayList<>();
            for (JsonNode alternative : schema.get("anyOf")) {
                List<String> these = new ArrayList<>();
                check(value, alternative, at, these);
                if (these.isEmpty()) {
                    return;
                }
                all.addAll(these);
            }
            problems.add(at + ": matches none of anyOf " + all);
            return;
        }
        List<String> types = types(schema);
        if (!types.isEmpty() && !types.contains(typeOf(value))) {
            problems.add(at + ": " + typeOf(value) + " where the schema says " + types);
            return;
        }
        if (schema.has("enum") && !value.isNull() && !contains(schema.get("enum"), value)) {
            problems.add(at + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (value.isObject() && schema.has("properties")) {
            JsonNode properties = schema.get("properties");
            for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!properties.has(name)) {
                    problems.add(at + "/" + name + ": not declared in the schema");
                } else {
                    check(value.get(name), properties.get(name), at + "/" + name, problems);
                }
            }
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    problems.add(at + "/" + required.asText() + ": required but missing");
                }
            }
        } else if (value.isObject() && !schema.has("$ref")) {
            problems.add(at + ": an object where the schema declares no properties");
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.get("items"), at + "/" + i, problems);
            }
        }
    }

    private JsonNode resolve(String ref) {
        JsonNode target = document.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new AssertionError("the description refers to " + ref + ", which it does not have");
        }
        return target;
    }

    private static List<String> types(JsonNode schema) {
        List<String> types = new ArrayList<>();
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            type.forEach(name -> types.add(name.asText()));
        } else if (type != null) {
            types.add(type.asText());
        } else if (schema.has("properties")) {
            types.add("object");
        }
        if (types.contains("number")) {
            types.add("integer");
        }
        return types;
    }

    private static String typeOf(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isTextual()) {
            return "string";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        return value.isArray() ? "array" : "object";
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode candidate : values) {
            if (candidate.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
