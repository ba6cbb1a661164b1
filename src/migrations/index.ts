import * as migration_20261129_041317_initial from './20261129_041317_initial';
import * as migration_20261129_053448_index_category_filters from './20261129_053448_index_category_filters';
import * as migration_20261129_054105_editorial_workflow from './20261129_054105_editorial_workflow';
import * as migration_20261129_054616_scheduled_publishing_jobs from './20261129_054616_scheduled_publishing_jobs';
import * as migration_20261129_055451_notifications from './20261129_055451_notifications';
import * as migration_20261129_065847_review_checks_override from './20261129_065847_review_checks_override';
import * as migration_20261201_201821_autosave_and_last_editor from './20261201_201821_autosave_and_last_editor';
import * as migration_20261201_203054_trash from './20261201_203054_trash';
import * as migration_20261201_232827_media_visibility from './20261201_232827_media_visibility';
import * as migration_20261202_024820_three_stage_review from './20261202_024820_three_stage_review';

export const migrations = [
  {
    up: migration_20261129_041317_initial.up,
    down: migration_20261129_041317_initial.down,
    name: '20261129_041317_initial',
  },
  {
    up: migration_20261129_053448_index_category_filters.up,
    down: migration_20261129_053448_index_category_filters.down,
    name: '20261129_053448_index_category_filters',
  },
  {
    up: migration_20261129_054105_editorial_workflow.up,
    down: migration_20261129_054105_editorial_workflow.down,
    name: '20261129_054105_editorial_workflow',
  },
  {
    up: migration_20261129_054616_scheduled_publishing_jobs.up,
    down: migration_20261129_054616_scheduled_publishing_jobs.down,
    name: '20261129_054616_scheduled_publishing_jobs',
  },
  {
    up: migration_20261129_055451_notifications.up,
    down: migration_20261129_055451_notifications.down,
    name: '20261129_055451_notifications',
  },
  {
    up: migration_20261129_065847_review_checks_override.up,
    down: migration_20261129_065847_review_checks_override.down,
    name: '20261129_065847_review_checks_override',
  },
  {
    up: migration_20261201_201821_autosave_and_last_editor.up,
    down: migration_20261201_201821_autosave_and_last_editor.down,
    name: '20261201_201821_autosave_and_last_editor',
  },
  {
    up: migration_20261201_203054_trash.up,
    down: migration_20261201_203054_trash.down,
    name: '20261201_203054_trash',
  },
  {
    up: migration_20261201_232827_media_visibility.up,
    down: migration_20261201_232827_media_visibility.down,
    name: '20261201_232827_media_visibility',
  },
  {
    up: migration_20261202_024820_three_stage_review.up,
    down: migration_20261202_024820_three_stage_review.down,
    name: '20261202_024820_three_stage_review'
  },
];
