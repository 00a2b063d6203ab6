export { MailResolver } from './mail.resolver';
