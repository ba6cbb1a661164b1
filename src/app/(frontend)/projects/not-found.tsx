import { NotFoundMessage } from '../components/NotFoundMessage'

// A missing or taken-down page in this section, inside the site's layout, with status 404.
export default NotFoundMessage
