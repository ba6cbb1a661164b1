import path from 'node:path'

/** A package's executable from this project's node_modules/.bin. */
export const bin = (name: string): string => path.resolve('node_modules/.bin', name)
