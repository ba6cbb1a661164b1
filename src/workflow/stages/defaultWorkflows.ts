import type { EditorialCollection } from '../editorialCollections'
import type { StageDefinition, WorkflowDefinition } from './definition'

/**
 * The workflows shipped with the column, created on an empty database (by the migration) and by
 * `npm run seed` where missing. Articles go through the newspaper's 三审; projects and honors are
 * factual records the articles are checked against, read twice (初审, 终审). The keys are fixed,
 * so documents and the migration can name a stage before anyone has edited the definition.
 */
const first = (key: string, printedAs: string): StageDefinition => ({
  key,
  name: { zh: '初审', en: 'First review' },
  roles: ['first_reviewer'],
  commentRequired: false,
  release: false,
  printedAs,
})

const final = (key: string, printedAs: string): StageDefinition => ({
  key,
  name: { zh: '终审', en: 'Final review' },
  roles: ['final_reviewer'],
  commentRequired: false,
  release: true,
  printedAs,
})

export const DEFAULT_WORKFLOWS: Readonly<Record<EditorialCollection, WorkflowDefinition>> = {
  articles: {
    stages: [
      first('articles-first', '责任编辑'),
      {
        key: 'articles-second',
        name: { zh: '复审', en: 'Second review' },
        roles: ['second_reviewer'],
        commentRequired: false,
        release: false,
        printedAs: '',
      },
      final('articles-final', '签发'),
    ],
  },
  projects: { stages: [first('projects-first', ''), final('projects-final', '')] },
  honors: { stages: [first('honors-first', ''), final('honors-final', '')] },
}
