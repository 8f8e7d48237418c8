package org.nkrtimeline.i18n;

import java.util.stream.Stream;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Form errors worded by a message: a template's {@code th:errors} and {@code #fields} read the message
 * in the site's locale, while the error keeps its short code ("required", "length"...) for code that
 * asks which rule fired, and the English as its default message for what reads errors without a
 * message source. The message key is tried first, ahead of the codes Spring derives from the code.
 */
public final class FormErrors {

    private FormErrors() {}

    /** A wrong field: the rule {@code code} fired, and {@code message} says so. */
    public static void rejectValue(Errors errors, String field, String code, Message message) {
        String english = message.english();
        if (errors instanceof BindingResult result) {
            result.addError(new FieldError(
                    result.getObjectName(),
                    result.getNestedPath() + field,
                    result.getRawFieldValue(field),
                    false,
                    withKey(message, result.resolveMessageCodes(code, field)),
                    message.args(),
                    english));
        } else {
            errors.rejectValue(field, code, message.args(), english);
        }
    }

    public static void rejectValue(Errors errors, String field, String code, String key, Object... args) {
        rejectValue(errors, field, code, new Message(key, args));
    }

    /** A problem with the form as a whole. */
    public static void reject(Errors errors, String code, String key, Object... args) {
        Message message = new Message(key, args);
        if (errors instanceof BindingResult result) {
            result.addError(new ObjectError(
                    result.getObjectName(),
                    withKey(message, result.resolveMessageCodes(code)),
                    args,
                    message.english()));
        } else {
            errors.reject(code, args, message.english());
        }
    }

    private static String[] withKey(Message message, String[] codes) {
        return Stream.concat(Stream.of(message.key()), Stream.of(codes)).toArray(String[]::new);
    }
}
