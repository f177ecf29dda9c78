/** An error people must notice: announced at once (role="alert"), rendered only when there is one. */
export function ErrorNotice({ message }: { message: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="notice notice-danger">
      {message}
    </p>
  );
}
