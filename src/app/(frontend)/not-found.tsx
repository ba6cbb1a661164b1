import { NotFoundMessage } from './components/NotFoundMessage'

// Shown inside the site's layout when a reader follows a link in the page to a missing address;
// a missing address loaded directly gets the whole-document version (app/global-not-found.tsx).
export default NotFoundMessage
