import type { Section } from '../../lib/content/structure';
import type { Provider } from '../../lib/provider/schema';
import type { IndexSource } from '../../lib/search/build';

export const provider: Provider = {
  name: 'Test Mail',
  domains: ['test.example'],
  webmailUrl: 'https://webmail.test.example',
  support: { email: 'help@test.example' },
  quotaGb: 5,
  dns: { mx: [{ host: 'mx.test.example', priority: 10 }], spf: 'v=spf1 -all' },
  imap: { host: 'imap.test.example', port: 993, security: 'ssl', username: 'email' },
  pop3: { host: 'pop.test.example', port: 995, security: 'ssl', username: 'email' },
  smtp: { host: 'smtp.test.example', port: 465, security: 'ssl', username: 'email', alternative: { port: 587, security: 'starttls' } },
};

export function section(id: string, heading: string, text: string, only?: 'imap' | 'pop3'): Section {
  return only ? { id, heading, depth: 2, only, chunks: [{ text, only }] } : { id, heading, depth: 2, chunks: [{ text }] };
}

export function intro(text: string): Section {
  return { id: '', heading: '', depth: 0, chunks: [{ text }] };
}

/** A tiny help center whose ranking is easy to reason about. */
export function tinySite(): IndexSource {
  return {
    provider,
    categories: [
      { id: 'troubleshooting', title: 'Troubleshooting' },
      { id: 'basics', title: 'Basics' },
    ],
    articles: [
      {
        slug: 'mailbox-full',
        meta: { title: 'My mailbox is full', description: 'What fills your storage and how to free it.', category: 'troubleshooting', tags: ['storage', 'quota'] },
        sections: [
          intro('Each mailbox holds ⟦quota⟧ of mail.'),
          section('free-up-space', 'Free up space', 'Empty the trash and the junk folder. Delete large attachments.'),
          section('why-mailboxes-fill-up', 'Why mailboxes fill up', 'Photos and attachments fill a mailbox sooner than text.'),
        ],
      },
      {
        slug: 'sending',
        meta: { title: 'My mail app cannot send email', description: 'Messages stay in the outbox.', category: 'troubleshooting', tags: ['smtp'] },
        sections: [
          section('check-the-port', 'Check the port', 'Use port ⟦smtp.port⟧, or ⟦smtp.alt.port⟧ with ⟦smtp.alt.security⟧ on networks that block it.'),
          section('storage-and-sending', 'When your mailbox is full', 'A full mailbox can also stop sending.'),
          section('passwords', 'Passwords', 'Check your password in webmail.'),
        ],
      },
      {
        slug: 'server-settings',
        meta: { title: 'Server settings', description: 'Host names and ports.', category: 'basics', tags: ['ports'] },
        sections: [section('outgoing', 'Outgoing server', 'The outgoing server is ⟦smtp.host⟧.')],
      },
    ],
    clients: [
      {
        id: 'thunderbird',
        meta: { name: 'Thunderbird', platforms: ['windows', 'linux'], protocols: ['imap', 'pop3'] },
        sections: [
          intro('This guide sets up Thunderbird.'),
          section('add-your-account', 'Add your account', 'Enter ⟦incoming.host⟧ and port ⟦incoming.port⟧.'),
          section('leave-a-copy', 'Leave a copy on the server', 'Keep mail on the server for other devices.', 'pop3'),
        ],
      },
      {
        id: 'gmail-app',
        meta: { name: 'Gmail app', platforms: ['android'], protocols: ['imap'] },
        sections: [section('add-your-account', 'Add your account', 'Open the Gmail app and add an account.')],
      },
    ],
  };
}
