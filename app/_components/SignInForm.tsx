type Props = { wrongPassword: boolean };

/** The editor's sign-in form on /beheer. */
export function SignInForm({ wrongPassword }: Props) {
  return (
    <>
      {wrongPassword && <p role="alert">Dat wachtwoord klopt niet.</p>}
      <form method="post" action="/beheer/aanmelden" className="admin-form">
        <p>
          <label htmlFor="wachtwoord">Wachtwoord</label>
          <input id="wachtwoord" name="password" type="password" required autoComplete="current-password" />
        </p>
        <p>
          <button type="submit">Aanmelden</button>
        </p>
      </form>
    </>
  );
}
