/** The three links of an event, as printed at start and returned by the API. */
export function eventLinks(origin: string, code: string, moderatorToken?: string) {
  return {
    attendee: `${origin}/join/${code}`,
    presenter: `${origin}/present/${code}`,
    ...(moderatorToken ? { moderator: `${origin}/moderate/${moderatorToken}` } : {}),
  };
}
