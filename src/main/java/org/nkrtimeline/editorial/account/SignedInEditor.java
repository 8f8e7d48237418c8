package org.nkrtimeline.editorial.account;

import java.util.List;
import org.nkrtimeline.web.EditorRole;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The editor a session belongs to: the account's id is what the change history records. */
public class SignedInEditor extends User {

    private final long id;

    SignedInEditor(EditorAccounts.Editor editor) {
        super(editor.username(), editor.passwordHash(), List.of(new SimpleGrantedAuthority("ROLE_" + EditorRole.NAME)));
        this.id = editor.id();
    }

    public long id() {
        return id;
    }
}
