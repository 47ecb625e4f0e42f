// The protocol advisor: questions as data, a pure recommend(), and URL <-> answers.
export * from './types';
export { questions, devicesOptionValue, DEVICES_OPTION_MAX } from './questions';
export { recommend, chooseProtocol, KEEP_COPY_DAYS } from './recommend';
export {
  parseAdvisorParams,
  serializeAdvisorParams,
  MAX_PARAM_LENGTH,
  MAX_ECHOED_ID_LENGTH,
  type AdvisorParam,
  type AdvisorSearchParams,
  type ParsedAdvisorParams,
  type PartialAnswers,
  type Problem,
} from './url';
